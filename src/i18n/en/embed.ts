/** Embedding the lab's figure and the single-file lab (English). */
export const embed = {
  'embed-button': () => 'Embed',
  'embed-button-title': () => 'HTML to show this figure in a course page or a slide',
  'embed-dialog-title': () => 'Embed this figure',
  'embed-dialog-help': () =>
    'Paste this HTML into a course page or a slide: it shows the figure and its transport, in the state the lab is in now, in its language.',
  'embed-width': () => 'Width (px)',
  'embed-height': () => 'Height (px)',
  'embed-3d': () => '3-D view',
  'embed-code': () => 'HTML to paste',
  'embed-copy': () => 'Copy',
  'embed-copied': () => 'Copied to the clipboard',
  'embed-copy-manual': () => 'The HTML is selected: press Ctrl+C (⌘C on a Mac) to copy it',
  'embed-preview': () => 'Preview',
  'embed-close': () => 'Close',
  'embed-frame-title': (p: { lab: string }) => `descenso: ${p.lab}`,
  'embed-open': () => 'open in descenso',
  'embed-open-title': () => 'Opens this experiment in the whole lab, in a new tab',
  'embed-region': () => 'descenso figure',
};
