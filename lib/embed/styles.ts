/**
 * The visitor form's stylesheet, every selector under `scope` so the host page and the form cannot restyle
 * each other's elements. System fonts only: nothing is loaded from a third party.
 */
export function formCss(scope: string): string {
  return `${scope}{all:initial;display:block;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;max-width:36rem}
${scope} *{all:revert;box-sizing:border-box;font:inherit;color:inherit}
${scope} .cf-form{display:grid;gap:.9rem}
${scope} .cf-intro{margin:0}
${scope} .cf-field{display:grid;gap:.25rem}
${scope} label{font-weight:600}
${scope} input:not([type=checkbox]),${scope} select,${scope} textarea{width:100%;padding:.5rem .6rem;border:1px solid #8c959f;border-radius:4px;background:#fff}
${scope} :focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
${scope} [aria-invalid=true]{border-color:#b42318}
${scope} .cf-error{margin:0;color:#b42318;font-size:.9rem}
${scope} .cf-choices{border:1px solid #d0d7de;border-radius:4px;padding:.6rem .8rem;margin:0;display:grid;gap:.5rem}
${scope} legend{font-weight:600;padding:0 .3rem}
${scope} .cf-check{display:grid;grid-template-columns:auto 1fr;gap:.5rem;align-items:start}
${scope} .cf-check label{font-weight:400}
${scope} .cf-check input{width:1.1rem;height:1.1rem;margin:.2rem 0 0}
${scope} .cf-check .cf-error{grid-column:2}
${scope} .cf-submit{justify-self:start;padding:.55rem 1.2rem;border:0;border-radius:4px;background:#0b5cad;color:#fff;font-weight:600;cursor:pointer}
${scope} .cf-status{margin:0}
${scope} [hidden],${scope} .cf-status:empty{display:none}
${scope} .cf-mention{font-size:.8rem;color:#57606a;display:grid;gap:.4rem}
${scope} .cf-mention p,${scope} .cf-mention ul{margin:0}
${scope} .cf-mention ul{padding-left:1.1rem}
${scope} a{color:#0b5cad;text-decoration:underline}`;
}
