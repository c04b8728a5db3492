import { describe, expect, it } from 'vitest';
import { OutputClosed, type OutStream, processIO } from './io.js';
import { main } from './main.js';

/** A stream that breaks like a pipe whose reader left: the write that fails destroys it. */
function closingStream(acceptWrites: number): OutStream & { written: string[] } {
  const written: string[] = [];
  const stream = {
    written,
    destroyed: false,
    write(text: string) {
      if (written.length >= acceptWrites) stream.destroyed = true;
      else written.push(text);
      return true;
    },
    on: () => stream,
  };
  return stream;
}

describe('processIO on a closed pipe', () => {
  it('stdout throws OutputClosed once the stream is destroyed, and keeps throwing', () => {
    const stdout = closingStream(1);
    const io = processIO({ stdout, stderr: closingStream(100) });
    io.stdout('first\n');
    expect(() => io.stdout('second\n')).toThrow(OutputClosed);
    expect(() => io.stdout('third\n')).toThrow(OutputClosed);
    expect(stdout.written).toEqual(['first\n']);
  });

  it('a closed stderr drops messages without stopping the work', () => {
    const io = processIO({ stdout: closingStream(100), stderr: closingStream(0) });
    expect(() => io.stderr('note\n')).not.toThrow();
    expect(() => io.stdout('data\n')).not.toThrow();
  });

  it('main ends with 0 and writes nothing to stderr when stdout closes mid-command', async () => {
    const stdout = closingStream(0);
    const stderr = closingStream(100);
    const code = await main(['surfaces'], processIO({ stdout, stderr }));
    expect(code).toBe(0);
    expect(stderr.written).toEqual([]);
  });
});
