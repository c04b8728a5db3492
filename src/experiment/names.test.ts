import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { experimentFromJson, parseExperiment } from './schema.js';

/** The path and problem kind of the fault a JSON text gives, or 'accepted'. */
function fault(json: string): string {
  try {
    experimentFromJson(json);
    return 'accepted';
  } catch (e) {
    expect(e).toBeInstanceOf(DescensoError);
    const err = e as DescensoError<'experiment-invalid'>;
    return `${err.params.path} ${err.params.problem.kind}`;
  }
}

const descend = (extra: string) => `{"kind":"descend","surface":"peaks","optimizers":["sgd"]${extra}}`;
const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString'];

describe('keys that are members of Object.prototype', () => {
  it.each(RESERVED)('experiment key %j is an unknown field at experiment.<key>', (key) => {
    expect(fault(descend(`,${JSON.stringify(key)}:{"polluted":true}`))).toBe(
      `experiment.${key} unknown-field`,
    );
  });

  it.each(RESERVED)('an optimizer entry key %j is an unknown field with its path', (key) => {
    const json = `{"kind":"descend","surface":"peaks","optimizers":[{"name":"sgd",${JSON.stringify(key)}:1}]}`;
    expect(fault(json)).toBe(`experiment.optimizers[0].${key} unknown-field`);
  });

  it.each(RESERVED)('an option %j is an unknown hyper-parameter with its path', (key) => {
    const json = `{"kind":"descend","surface":"peaks","optimizers":[{"name":"sgd","options":{${JSON.stringify(key)}:1}}]}`;
    expect(fault(json)).toBe(`experiment.optimizers[0].options.${key} unknown-option`);
  });

  it.each(RESERVED)('a data key %j is an unknown field of experiment.data', (key) => {
    expect(fault(`{"kind":"fit","data":{${JSON.stringify(key)}:{"x":1}}}`)).toBe(
      `experiment.data.${key} unknown-field`,
    );
  });

  it.each([...RESERVED, 'hasOwnProperty', '1w', 'a b'])(
    'an init name %j is rejected as no parameter name',
    (key) => {
      expect(fault(`{"kind":"fit","init":{${JSON.stringify(key)}:1}}`)).toBe(
        `experiment.init.${key} bad-name`,
      );
    },
  );

  it.each(RESERVED)('an optimizer named %j is refused at parse time at its .name path', (name) => {
    expect(fault(`{"kind":"descend","surface":"peaks","optimizers":[${JSON.stringify(name)}]}`)).toBe(
      'experiment.optimizers[0].name not-choice',
    );
    expect(fault(`{"kind":"fit","optimizers":[{"name":${JSON.stringify(name)}}]}`)).toBe(
      'experiment.optimizers[0].name not-choice',
    );
  });

  it('parsing an experiment full of __proto__ keys leaves Object.prototype untouched', () => {
    for (const json of [
      descend(',"__proto__":{"polluted":true}'),
      '{"kind":"fit","init":{"__proto__":{"polluted":true}}}',
      '{"kind":"fit","data":{"__proto__":{"polluted":true}}}',
    ])
      fault(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("an optimizer named 'adma' is refused with 'did you mean adam', in both languages", () => {
    try {
      parseExperiment({ kind: 'descend', surface: 'peaks', optimizers: ['adma'] });
      expect.unreachable();
    } catch (e) {
      expect((e as DescensoError).message).toMatch(
        /experiment\.optimizers\[0\]\.name: .*\(did you mean 'adam'\?\)/,
      );
      expect((e as DescensoError).messageIn('es')).toContain("(¿quería decir 'adam'?)");
    }
  });

  it('optimizer names keep their case-insensitive spellings and aliases', () => {
    const e = parseExperiment({
      kind: 'descend',
      surface: 'peaks',
      optimizers: ['Adam', 'gd', { name: 'RMSprop' }],
    });
    if (e.kind !== 'descend') throw new Error('a descend experiment parsed as another kind');
    expect(e.optimizers.map((o) => o.name)).toEqual(['Adam', 'gd', 'RMSprop']);
  });

  it("a misspelt field or choice suggests the right one: 'optimizer' → optimizers, 'centrl' → central", () => {
    expect(() => parseExperiment({ kind: 'descend', surface: 'peaks', optimizer: ['sgd'] })).toThrow(
      "(did you mean 'optimizers'?)",
    );
    expect(() =>
      parseExperiment({ kind: 'descend', surface: 'peaks', optimizers: ['sgd'], gradient: 'centrl' }),
    ).toThrow("(did you mean 'central'?)");
  });
});
