/**
 * The lab's entry: the shell (web/src/shell) mounted on #app; every lab loads on demand when its
 * tab opens or an address names it. Kept small: the first load is this, the shell and the kit's
 * few pieces it uses.
 */
import { computed } from '@preact/signals';
import { render } from 'preact';
import { CodeButton } from './code/button.js';
import { lang } from './i18n.js';
import { embedMarkOf } from './shell/address.js';
import { App } from './shell/app.js';
import { connect } from './shell/connect.js';
import { loaders } from './shell/registry.js';
import { createShell } from './shell/store.js';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: uploads live as long as the page
  }
}

const shell = createShell(loaders, sessionStore());
// an embedded figure (#…&embed=1) stays one for the page's life
const embed = embedMarkOf(location.hash);
document.documentElement.lang = lang.peek();
const app = document.getElementById('app');
if (app) {
  app.replaceChildren();
  // The header's Code button shows the shown lab's experiment as it is now.
  const experiment = computed(() => shell.lab.value?.experiment.value ?? null);
  render(<App shell={shell} actions={<CodeButton experiment={experiment} />} embed={embed} />, app);
}
connect(shell, window, embed);
void shell.openAddress(location.hash);
