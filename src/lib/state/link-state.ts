// The link-state codec: a figure's settings as query parameters `<figure>.<param>=<value>`
// (FIGURES.md, "Link state"). Decoding never throws: a malformed value is ignored, an
// out-of-range one clamped, and each such repair is reported in one short sentence that
// names the value in use. Encoding touches only the figure's own parameters: everything
// else in the query string is kept byte for byte.
//
// The rules (README, "Linking and citing"):
// - Numbers are decimal: digits with an optional minus sign, decimal point and exponent
//   (`12`, `-0.5`, `.5`, `2.5e-3`, `1e9`). Hex (`0x20`), `Infinity`, `NaN`, an empty value,
//   spaces or a leading `+` are not numbers here, though JavaScript's Number() reads some.
// - A parameter given more than once: the first one counts (as URLSearchParams.get reads
//   it); the others are ignored, and a notice says so.
// - Whole-number settings (sizes, seeds) round a fraction to the nearest whole number.

export type ParamSpec =
  | {
      type: 'number';
      default: number;
      min: number;
      max: number;
      /** Round to a whole number (sizes, seeds, widths). */
      integer?: boolean;
    }
  | { type: 'enum'; default: string; values: readonly string[] };

export type LinkSchema = Record<string, ParamSpec>;

export type LinkValues<S extends LinkSchema> = {
  [K in keyof S]: S[K] extends { type: 'number' } ? number : string;
};

export interface DecodedLinkState<S extends LinkSchema> {
  values: LinkValues<S>;
  /** True when at least one parameter of this figure was present in the link. */
  fromLink: boolean;
  /** The settings the link named (valid or not), e.g. to tell "at=1e9" from no `at` at all. */
  given: ReadonlySet<keyof S & string>;
  /** One sentence per repaired parameter, naming the value in use ("n=999 is outside 8 to 64; using 64."). */
  notices: string[];
}

/** A decimal number as a link may write it: optional minus, digits, point, exponent. */
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function defaultValues<S extends LinkSchema>(schema: S): LinkValues<S> {
  const out: Record<string, number | string> = {};
  for (const [name, spec] of Object.entries(schema)) out[name] = spec.default;
  return out as LinkValues<S>;
}

/** A value for a notice, cut short so a hostile link cannot flood the page; quoted when it is not a number. */
const cut = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 24)}…` : raw);
const shown = (raw: string) => `“${cut(raw)}”`;

/**
 * Reads `<figure>.<param>` values from a query string (with or without its `?`); unknown
 * parameters of this figure are reported too. Never throws.
 */
export function decodeLinkState<S extends LinkSchema>(
  figure: string,
  schema: S,
  params: URLSearchParams | string,
): DecodedLinkState<S> {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params;
  const values = defaultValues(schema) as Record<string, number | string>;
  const notices: string[] = [];
  const given = new Set<string>();
  const repeats = new Map<string, number>();
  let fromLink = false;
  const prefix = `${figure}.`;
  for (const [key, raw] of search) {
    if (!key.startsWith(prefix)) continue;
    fromLink = true;
    const name = key.slice(prefix.length);
    const spec = Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
    if (!spec) {
      notices.push(`“${name}” is not a setting of this figure; ignored.`);
      continue;
    }
    if (given.has(name)) {
      repeats.set(name, (repeats.get(name) ?? 1) + 1);
      continue;
    }
    given.add(name);
    if (spec.type === 'enum') {
      if (spec.values.includes(raw)) values[name] = raw;
      else notices.push(`${name}=${shown(raw)} is not one of ${spec.values.join(', ')}; using ${spec.default}.`);
      continue;
    }
    if (!DECIMAL.test(raw)) {
      notices.push(`${name}=${shown(raw)} is not a decimal number; using ${formatLinkNumber(spec.default)}.`);
      continue;
    }
    const number = Number(raw);
    if (!Number.isFinite(number)) {
      notices.push(`${name}=${shown(raw)} is not a finite number; using ${formatLinkNumber(spec.default)}.`);
      continue;
    }
    let v = number;
    if (spec.integer && !Number.isInteger(v)) {
      v = Math.round(v);
      if (v >= spec.min && v <= spec.max) notices.push(`${name}=${cut(raw)} is not a whole number; using ${v}.`);
    }
    if (v < spec.min || v > spec.max) {
      v = Math.min(spec.max, Math.max(spec.min, v));
      notices.push(`${name}=${cut(raw)} is outside ${formatLinkNumber(spec.min)} to ${formatLinkNumber(spec.max)}; using ${formatLinkNumber(v)}.`);
    }
    values[name] = v;
  }
  // Said last, once the value in use is known.
  for (const [name, count] of repeats) {
    const v = values[name]!;
    notices.push(`${name} is given ${count} times; the first counts: using ${typeof v === 'number' ? formatLinkNumber(v) : v}.`);
  }
  return { values: values as LinkValues<S>, fromLink, given: given as ReadonlySet<keyof S & string>, notices };
}

/** Formats a number for a link: short, exact enough, no exponent noise ("0.001", "31.5"). */
export function formatLinkNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Number(v.toPrecision(6)).toString();
}

/** The key of one `name=value` piece of a query string, decoded as URLSearchParams decodes it. */
function keyOf(piece: string): string {
  const eq = piece.indexOf('=');
  const raw = eq < 0 ? piece : piece.slice(0, eq);
  return new URLSearchParams(`${raw}=`).keys().next().value ?? '';
}

/**
 * Writes a figure's values into the query string `base` and returns the new query string
 * (without `?`). Values equal to the default are left out, so a link names only what the
 * reader changed. Only this figure's own pieces change: every other piece (another figure's
 * `%20`, a bare `flag`, an empty `&&`) stays byte for byte where it was; this figure's
 * pieces take the place of the first one it had, or go at the end.
 */
export function encodeLinkState<S extends LinkSchema>(
  figure: string,
  schema: S,
  values: LinkValues<S>,
  base: URLSearchParams | string = '',
): string {
  const query = typeof base === 'string' ? base.replace(/^\?/, '') : base.toString();
  const pieces = query === '' ? [] : query.split('&');
  const prefix = `${figure}.`;
  const own: string[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const v = (values as Record<string, number | string>)[name];
    if (v === undefined || v === spec.default) continue;
    const value = typeof v === 'number' ? formatLinkNumber(v) : v;
    own.push(new URLSearchParams([[`${prefix}${name}`, value]]).toString());
  }
  const at = pieces.findIndex((p) => keyOf(p).startsWith(prefix));
  const others = pieces.filter((p) => !keyOf(p).startsWith(prefix));
  const insertAt = at < 0 ? others.length : pieces.slice(0, at).filter((p) => !keyOf(p).startsWith(prefix)).length;
  others.splice(insertAt, 0, ...own);
  return others.join('&');
}
