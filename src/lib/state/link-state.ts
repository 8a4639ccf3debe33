// The link-state codec: a figure's settings as query parameters `<figure>.<param>=<value>`
// (FIGURES.md, "Link state"). Decoding never throws: a malformed value is ignored, an
// out-of-range one clamped, and each such repair is reported in one short sentence.

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
  /** One sentence per repaired parameter ("n=999 is out of range; using 64."). */
  notices: string[];
}

export function defaultValues<S extends LinkSchema>(schema: S): LinkValues<S> {
  const out: Record<string, number | string> = {};
  for (const [name, spec] of Object.entries(schema)) out[name] = spec.default;
  return out as LinkValues<S>;
}

/** Reads `<figure>.<param>` values from a query string; unknown parameters are reported too. */
export function decodeLinkState<S extends LinkSchema>(
  figure: string,
  schema: S,
  params: URLSearchParams | string,
): DecodedLinkState<S> {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params;
  const values = defaultValues(schema) as Record<string, number | string>;
  const notices: string[] = [];
  let fromLink = false;
  const prefix = `${figure}.`;
  for (const [key, raw] of search) {
    if (!key.startsWith(prefix)) continue;
    fromLink = true;
    const name = key.slice(prefix.length);
    const spec = Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
    const shown = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
    if (!spec) {
      notices.push(`“${name}” is not a setting of this figure; ignored.`);
      continue;
    }
    if (spec.type === 'enum') {
      if (spec.values.includes(raw)) values[name] = raw;
      else notices.push(`${name}=“${shown}” is not one of ${spec.values.join(', ')}; using ${spec.default}.`);
      continue;
    }
    const trimmed = raw.trim();
    const number = trimmed === '' ? Number.NaN : Number(trimmed);
    if (!Number.isFinite(number)) {
      notices.push(`${name}=“${shown}” is not a number; using ${spec.default}.`);
      continue;
    }
    let v = spec.integer ? Math.round(number) : number;
    if (v < spec.min || v > spec.max) {
      const clamped = Math.min(spec.max, Math.max(spec.min, v));
      notices.push(`${name}=${shown} is outside ${spec.min} to ${spec.max}; using ${clamped}.`);
      v = clamped;
    }
    values[name] = v;
  }
  return { values: values as LinkValues<S>, fromLink, notices };
}

/** Formats a number for a link: short, exact enough, no exponent noise ("0.001", "31.5"). */
export function formatLinkNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  const s = Number(v.toPrecision(6)).toString();
  return s;
}

/**
 * Writes a figure's values into `base` (other figures' parameters are kept). Values equal to
 * the default are left out, so a link names only what the reader changed.
 */
export function encodeLinkState<S extends LinkSchema>(
  figure: string,
  schema: S,
  values: LinkValues<S>,
  base: URLSearchParams | string = '',
): URLSearchParams {
  const out = new URLSearchParams(typeof base === 'string' ? base : base.toString());
  for (const key of [...out.keys()]) if (key.startsWith(`${figure}.`)) out.delete(key);
  for (const [name, spec] of Object.entries(schema)) {
    const v = (values as Record<string, number | string>)[name];
    if (v === undefined || v === spec.default) continue;
    out.set(`${figure}.${name}`, typeof v === 'number' ? formatLinkNumber(v) : v);
  }
  return out;
}
