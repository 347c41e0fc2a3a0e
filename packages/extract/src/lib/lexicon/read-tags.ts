/**
 * The compromise tags extraction reads (`tagsOf(word).has(…)`, and the tag
 * lists of the passes). The generated lexicon keeps only these: a word whose
 * tags are all others is left out, unless it ends in "s", where knowing the
 * word at all decides a guess (`countsSomething`: an unknown word in "s" after a
 * number is taken for a plural). A test fails when the sources name a tag
 * missing here.
 */
export const readTags: readonly string[] = [
  'Actor', 'Adjective', 'Adverb', 'Auxiliary', 'Cardinal', 'City', 'Conjunction', 'Copula', 'Country', 'Demonym', 'Determiner',
  'Duration', 'FemaleName', 'FirstName', 'Gerund', 'Honorific', 'Infinitive', 'LastName', 'MaleName', 'Modal', 'Month',
  'Negative', 'Noun', 'Ordinal', 'Organization', 'Person', 'Place', 'Plural', 'Possessive', 'Preposition', 'PresentTense',
  'Pronoun', 'ProperNoun', 'QuestionWord', 'Region', 'Singular', 'SportsTeam', 'Superlative', 'TextValue', 'Uncountable', 'Value',
  'Verb', 'WeekDay', 'PastTense'
]
