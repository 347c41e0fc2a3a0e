/**
 * The page's only stylesheet, inline: the report opens offline and the
 * content security policy forbids every external resource. Cards open on
 * hover and on focus (claims are focusable), so no script is needed.
 */
export const htmlStyle = `
:root{--ok:#1a7f37;--ok-bg:#dafbe1;--bad:#cf222e;--bad-bg:#ffebe9;--unsure:#9a6700;--unsure-bg:#fff8c5;--none:#57606a;--none-bg:#eaeef2;--open:#8250df;--open-bg:#fbefff;--ink:#1f2328;--line:#d0d7de}
*{box-sizing:border-box}
body{margin:0 auto;max-width:82rem;padding:1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.6rem;margin:.2rem 0}h2{border-bottom:1px solid var(--line);padding-bottom:.3rem;margin-top:2.2rem}h3{margin:1.6rem 0 .3rem}h4{margin:1rem 0 .3rem}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.25rem .6rem;text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
ul.cited{margin:0;padding-left:1.1rem}
nav ul{columns:2;padding-left:1.2rem}
.overview{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}
.meta{color:var(--none);margin:.2rem 0 .6rem}
details>summary{cursor:pointer;margin:1.2rem 0 .4rem}details>summary h3{display:inline;margin:0}details>summary .meta{display:block;margin:.2rem 0 0 1.1rem}
.file{color:var(--none);font:13px ui-monospace,SFMono-Regular,Menlo,monospace}
.chips span{display:inline-block;border-radius:1rem;padding:0 .6rem;margin-right:.3rem;font-size:13px}
.text{white-space:pre-wrap;border:1px solid var(--line);border-radius:6px;padding:1rem;background:#fafbfc}
.claim{position:relative;border-radius:3px;padding:0 1px;cursor:help;border-bottom:2px solid}
.claim:focus{outline:2px solid var(--ink)}
.v-consistent{background:var(--ok-bg);border-color:var(--ok)}.v-conflicting{background:var(--bad-bg);border-color:var(--bad)}
.v-ambiguous{background:var(--unsure-bg);border-color:var(--unsure)}.v-no-record{background:var(--none-bg);border-color:var(--none)}
.v-unresolved{background:var(--open-bg);border-color:var(--open)}
.finding{border-left:3px solid var(--line);padding-left:.4rem}
.card{display:none;position:absolute;z-index:2;left:0;top:1.6em;width:30rem;max-width:80vw;white-space:normal;background:#fff;color:var(--ink);border:1px solid var(--line);border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.15);padding:.6rem .8rem;font-size:13px;line-height:1.4;cursor:auto}
.claim:hover>.card,.claim:focus>.card,.claim:focus-within>.card{display:block}
.card>span{display:block;margin:.15rem 0}.card b{font-weight:600}
.verdict{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.04em}
.aligned{display:grid;grid-template-columns:1fr 1fr;border:1px solid var(--line);border-radius:6px;overflow:hidden}
.aligned>div{white-space:pre-wrap;padding:.35rem .7rem;border-top:1px solid var(--line)}
.aligned>.head{font-weight:600;background:#f6f8fa;border-top:0;white-space:normal}
.aligned>.b{border-left:1px solid var(--line)}
.d{border-radius:2px}.d.gap::after{content:"\\2041";color:var(--bad);font-weight:700}
.s-info{background:#ddf4ff}.s-warning{background:var(--unsure-bg);text-decoration:line-through wavy var(--unsure)}
.s-warning.k-boilerplate,.s-warning.k-added-words{text-decoration:underline wavy var(--unsure)}
.s-error{background:var(--bad-bg);outline:2px solid var(--bad)}
.legend span{margin-right:.8rem;padding:0 .3rem}
.chart text{font-size:12px;fill:var(--ink)}
`
