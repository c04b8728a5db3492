/** A formula's fault as the lab shows it under the field, in the page's language, with its caret. */
import { isDescensoError } from '../../../src/errors.js';
import { caretLine } from '../../../src/expr/index.js';
import { getLang, tr } from '../i18n.js';

/** The error under the formula field: the text, a caret under the fault, the message in the user's language. */
export function formulaMessage(err: unknown, text: string): string {
  if (isDescensoError(err)) {
    const msg = err.code === 'bad-value' ? tr('lab-formula-two-vars') : err.messageIn(getLang());
    return err.position !== undefined ? `${caretLine(text, err.position)}\n${msg}` : msg;
  }
  return String(err);
}
