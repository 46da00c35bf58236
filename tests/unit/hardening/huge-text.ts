import fc from 'fast-check';

/**
 * Strings of 100,000 to 300,000 characters. Built by repetition, because asking fast-check for
 * strings this long one character at a time would dominate the run.
 */
export const hugeTextArb: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 100_000, max: 300_000 }))
  // A letter first, so trimming (names are trimmed) cannot shrink the text to nothing.
  .map(([text, length]) => `x${text}`.repeat(Math.ceil(length / (text.length + 1))).slice(0, length));

/** Values of every JSON type but the one a field wants. */
export const valueOfWrongTypeArb = (wanted: 'string' | 'number' | 'boolean' | 'array' | 'object') =>
  fc.oneof(
    ...(
      [
        wanted !== 'string' ? fc.string({ maxLength: 20 }) : null,
        wanted !== 'number' ? fc.oneof(fc.integer(), fc.double({ noNaN: true })) : null,
        wanted !== 'boolean' ? fc.boolean() : null,
        wanted !== 'array' ? fc.array(fc.integer(), { maxLength: 3 }) : null,
        wanted !== 'object' ? fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }) : null,
        fc.constant(null),
      ] as (fc.Arbitrary<unknown> | null)[]
    ).filter((arb): arb is fc.Arbitrary<unknown> => arb !== null),
  );

/** Bytes that are not text: control characters, lone surrogates, NULs and a binary file's start. */
export const binaryJunkArb: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
  fc.constant('\u0000\u0001\u0002\uFFFD\uD800'),
  fc.constant('%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj'),
  fc.constant('PK\u0003\u0004\u0014\u0000\u0006\u0000'),
);
