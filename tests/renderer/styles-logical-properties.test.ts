/**
 * The renderer's stylesheets are written for both reading directions (Arabic is coming): whatever runs along the
 * inline axis uses logical properties (margin-inline-start, inset-inline-end, text-align: start, …), so that
 * dir="rtl" mirrors the layout without a second stylesheet. Vertical properties (top, margin-bottom) stay as
 * they are: the time axis of the timeline is vertical.
 */
import { describe, expect, it } from 'vitest';
import postcss from 'postcss';
import { cssFiles, readRendererFile } from './renderer-css-files';

/**
 * Physical inline-direction declarations that are right on purpose: file (relative to renderer/), property, and
 * why (say it, e.g. "a physical screen edge, not the reading direction"). None today.
 */
const ALLOWED: readonly { file: string; property: string; why: string }[] = [];

/** Properties that name the left or right side (margin-left, border-right-width, border-top-left-radius, left…). */
const PHYSICAL_PROPERTY = /^(left|right|(margin|padding|scroll-margin|scroll-padding)-(left|right)|border-(left|right)(-(width|style|color))?|border-(top|bottom)-(left|right)-radius)$/;
/** Values that name a side: text-align: left, float: right, clear: left. */
const PHYSICAL_VALUE: Record<string, RegExp> = { 'text-align': /^(left|right)$/, float: /^(left|right)$/, clear: /^(left|right)$/ };
/** Four-sided shorthands whose right and left values differ (padding: 0 1rem 0 0), and corner radii that differ. */
const FOUR_SIDED = new Set(['margin', 'padding', 'inset', 'border-width', 'border-style', 'border-color', 'scroll-margin', 'scroll-padding']);

/** Splits a value on spaces outside parentheses: "calc(1rem + 2px) 0" → ["calc(1rem + 2px)", "0"]. */
function components(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value.trim()) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += char;
  }
  if (current) parts.push(current);
  return parts;
}

/** Why a declaration is physical along the inline axis, or undefined when it is fine in both directions. */
function physicalInlineReason(property: string, value: string): string | undefined {
  const name = property.toLowerCase();
  const plain = value.replace(/\s*!important\s*$/i, '').trim();
  if (PHYSICAL_PROPERTY.test(name)) return `${name} names a side: use its -inline-start/-inline-end form`;
  if (PHYSICAL_VALUE[name]?.test(plain)) return `${name}: ${plain} names a side: use start/end (float: inline-start/inline-end)`;
  const parts = components(plain);
  if (FOUR_SIDED.has(name) && parts.length === 4 && parts[1] !== parts[3]) {
    return `${name} with different right and left values: use ${name}-block and ${name}-inline`;
  }
  if (name === 'border-radius' && !plain.includes('/') && parts.length > 1 && new Set(parts).size > 1) {
    return 'border-radius with different corners: use border-start-start-radius and its siblings';
  }
  return undefined;
}

function violations(): string[] {
  const found: string[] = [];
  for (const file of cssFiles()) {
    postcss.parse(readRendererFile(file), { from: file }).walkDecls((decl) => {
      const reason = physicalInlineReason(decl.prop, decl.value);
      if (!reason) return;
      if (ALLOWED.some((allowed) => allowed.file === file && allowed.property === decl.prop)) return;
      found.push(`${file}:${decl.source?.start?.line ?? '?'} ${decl.prop}: ${decl.value} — ${reason}`);
    });
  }
  return found;
}

describe('renderer stylesheets work right to left', () => {
  it('use logical properties for everything along the inline axis', () => {
    expect(violations()).toEqual([]);
  });

  it('recognise the physical forms they forbid, and let the logical and vertical ones through', () => {
    for (const [property, value] of [
      ['margin-left', 'auto'],
      ['padding-right', '1rem'],
      ['left', '0'],
      ['border-left', '4px solid red'],
      ['border-right-width', '2px'],
      ['border-bottom-left-radius', '0'],
      ['text-align', 'left'],
      ['float', 'right !important'],
      ['padding', '0 0.5rem 0.5rem 0'],
      ['border-radius', 'var(--radius) 0 0 var(--radius)'],
    ]) {
      expect(physicalInlineReason(property!, value!), `${property}: ${value}`).toBeDefined();
    }
    for (const [property, value] of [
      ['margin-inline-start', 'auto'],
      ['inset-inline', '0'],
      ['top', '0'],
      ['margin-bottom', '1rem'],
      ['text-align', 'start'],
      ['text-align', 'center'],
      ['float', 'inline-end'],
      ['padding', '0.75rem 1rem'],
      ['padding', '0 1rem 0.5rem 1rem'],
      ['margin', 'calc(1rem + 2px) 0 0'],
      ['border-radius', 'var(--radius)'],
    ]) {
      expect(physicalInlineReason(property!, value!), `${property}: ${value}`).toBeUndefined();
    }
  });
});
