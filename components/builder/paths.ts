/** "purposes[1].basis.interest.fr" → "purposes.1.basis.interest.fr" (the react-hook-form name). */
export const toFieldName = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/** A stable element id for an input name. */
export const idFor = (name: string) => `in-${name.replace(/\./g, '-')}`;

/**
 * Moves focus to the input a finding is about: the input of that exact name, else the first input inside it
 * (an object or array path), else the section marked with data-path.
 */
export function focusPath(path: string): boolean {
  const name = toFieldName(path);
  const candidates = [
    `[name="${CSS.escape(name)}"]`,
    `[name^="${CSS.escape(`${name}.`)}"]`,
    `[data-path="${CSS.escape(name)}"] input, [data-path="${CSS.escape(name)}"] select, [data-path="${CSS.escape(name)}"] textarea, [data-path="${CSS.escape(name)}"] button`,
    `[data-path="${CSS.escape(name)}"]`,
  ];
  for (const selector of candidates) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return true;
    }
  }
  // Walk up the path: "purposes.0.retention.duration" falls back to "purposes.0.retention", then "purposes.0".
  const parent = name.replace(/\.[^.]+$/, '');
  return parent !== name && focusPath(parent);
}
