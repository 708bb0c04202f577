// Reads the digits of a figure exactly, as an integer part and a fraction, with thousands separators resolved.

interface DecimalParts {
  int: string;
  frac: string;
}

/**
 * Reads the digits of a figure. Rule for ambiguous separators:
 * - when both "." and "," appear, the last one is the decimal point and the other groups thousands;
 * - a lone "," followed by exactly 3 digits groups thousands ("8,000" = 8000), by 1–2 digits it is a
 *   decimal comma ("8,50" = 8.5), anything else is unreadable;
 * - a lone "." is always a decimal point ("8.000" = 8, as a UK reader would take it); repeated dots group
 *   thousands ("1.234.567");
 * - spaces and apostrophes only ever group thousands; every thousands group must have 3 digits.
 */
export function parseNumberCore(raw: string): DecimalParts | null {
  let s = raw.replace(/[\u00A0\u2009\u202F\u2007’]/g, (c) => (c === '’' ? "'" : ' '));
  if (s.startsWith('.')) s = `0${s}`;
  if (/^\d+\.$/.test(s)) s = s.slice(0, -1);
  if (!/^\d+(?:[.,' ]\d+)*$/.test(s)) return null;
  const groups = s.split(/[.,' ]/);
  const seps = s.match(/[.,' ]/g) ?? [];
  const first = groups[0] ?? '';
  if (seps.length === 0) return normalise({ int: first, frac: '' });

  const last = seps[seps.length - 1] ?? '';
  const others = seps.slice(0, -1);
  let decimal: string | null = null;
  if (last === '.' || last === ',') {
    const othersUniform = others.every((c) => c === others[0]);
    if (others.length === 0) {
      if (last === '.') decimal = '.';
      else {
        const after = groups[1] ?? '';
        if (after.length <= 2) decimal = ',';
        else if (after.length !== 3) return null;
      }
    } else if (!othersUniform) {
      return null;
    } else if (others[0] !== last) {
      decimal = last;
    }
  } else if (!seps.every((c) => c === last)) {
    return null;
  }

  const intGroups = decimal ? groups.slice(0, -1) : groups;
  const frac = decimal ? (groups[groups.length - 1] ?? '') : '';
  if (intGroups.length > 1) {
    if (first.length < 1 || first.length > 3) return null;
    if (intGroups.slice(1).some((g) => g.length !== 3)) return null;
  }
  return normalise({ int: intGroups.join(''), frac });
}

function normalise(parts: DecimalParts): DecimalParts {
  return { int: parts.int.replace(/^0+(?=\d)/, '') || '0', frac: parts.frac.replace(/0+$/, '') };
}

export function suffixExponent(suffix: string): number {
  switch (suffix.toLowerCase()) {
    case 'k':
    case 'thousand':
      return 3;
    case 'm':
    case 'mn':
    case 'million':
      return 6;
    case 'bn':
    case 'billion':
      return 9;
    default:
      return 0;
  }
}

// Multiplies by a power of ten on the digit string, so "1.2m" is exactly 1200000 with no float drift.
export function shiftDecimal(parts: DecimalParts, exponent: number): DecimalParts {
  if (exponent === 0) return parts;
  const frac = parts.frac.padEnd(exponent, '0');
  return normalise({ int: parts.int + frac.slice(0, exponent), frac: frac.slice(exponent) });
}
