/**
 * The CSV every script ends with. `python3 script.py --csv` prints exactly what
 * `descenso run FILE.json --format csv` prints: the same header, one row per recorded step (or
 * epoch) of every run that ran, the label first and the status last, numbers written as
 * JavaScript writes them (the shortest digits that read back to the same double: `0.1`, `1e-7`,
 * `100`, empty when not finite) and labels quoted as descenso quotes a text cell.
 */
import type { PyWriter } from './python.js';

/** The Python helpers: js_number, text_cell and print_csv (the same in every framework's script). */
export function csvHelpers(w: PyWriter): void {
  w.line('# ---- The CSV of `descenso run FILE.json --format csv` ----------------------------');
  w.block('def js_number(x):', () => {
    w.line('"""A number as JavaScript prints it: the shortest round-trip digits; empty if not finite."""');
    w.line('x = float(x)');
    w.block('if not math.isfinite(x):', () => w.line("return ''"));
    w.block('if x == 0:', () => w.line("return '-0' if math.copysign(1.0, x) < 0 else '0'"));
    w.line('sign, digits, exponent = decimal.Decimal(repr(x)).normalize().as_tuple()');
    w.line("digits = ''.join(map(str, digits))");
    w.line('k, n = len(digits), exponent + len(digits)  # n: where the decimal point goes');
    w.block('if k <= n <= 21:', () => w.line("text = digits + '0' * (n - k)"));
    w.block('elif 0 < n <= 21:', () => w.line("text = digits[:n] + '.' + digits[n:]"));
    w.block('elif -6 < n <= 0:', () => w.line("text = '0.' + '0' * -n + digits"));
    w.block('else:', () => {
      w.line("mantissa = digits if k == 1 else digits[0] + '.' + digits[1:]");
      w.line("text = mantissa + 'e' + ('+' if n - 1 >= 0 else '-') + str(abs(n - 1))");
    });
    w.line("return ('-' if sign else '') + text");
  });
  w.blank();
  w.line(
    "JS_SPACE = '\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff'",
  );
  w.blank();
  w.block('def text_cell(text):', () => {
    w.line(
      '"""A label as a CSV cell, quoted (and kept from reading as a spreadsheet formula) as descenso does."""',
    );
    w.line("safe = \"'\" + text if text[:1] in ('=', '+', '-', '@', '\\t', '\\r') else text");
    w.line("needs = (safe == '' or safe != safe.strip(JS_SPACE)");
    w.line("         or any(c in safe for c in '\"\\r\\n,'))");
    w.line("return '\"' + safe.replace('\"', '\"\"') + '\"' if needs else safe");
  });
  w.blank();
  w.block('def print_csv(header, rows):', () => {
    w.line(
      '"""One header line, then one line per row: text cells quoted, numbers as JavaScript writes them."""',
    );
    w.line('cell = lambda v: text_cell(v) if isinstance(v, str) else js_number(v)');
    w.line("out = [','.join(map(cell, header))]");
    w.line("out += [','.join(map(cell, row)) for row in rows]");
    w.line("sys.stdout.write('\\n'.join(out) + '\\n')");
  });
  w.blank();
}

/**
 * The call of `main()` that ends every script. A reader that stops early (`python3 script.py | head`)
 * closes the pipe; Python would then print a BrokenPipeError traceback, twice, for a run that did
 * nothing wrong. The script stops quietly instead, pointing stdout at /dev/null so the interpreter's
 * last flush cannot fail again.
 */
export function mainCall(w: PyWriter): void {
  w.block("if __name__ == '__main__':", () => {
    w.block('try:', () => {
      w.line('main()');
      w.line('sys.stdout.flush()');
    });
    w.block('except BrokenPipeError:', () => {
      w.line('import os');
      w.line('os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())');
      w.line('sys.exit(1)');
    });
  });
}
