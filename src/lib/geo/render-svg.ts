// Writes a laid-out locator map as SVG markup. Colours come from classes (lm-…), so the page's
// stylesheet can follow the reader's colour scheme; the preview image adds its own <style>.
import type { LocatorMap } from './locator-map.ts';
import { escapeMarkup } from '../escape.ts';

export interface SvgOptions {
  /** Makes ids unique when several maps share a document. */
  id: string;
  /** Accessible name of the map. */
  title: string;
  /** Accessible description: what the map shows, in words. */
  description: string;
  /** Extra markup placed first inside the <svg> (e.g. a <style> for a standalone image). */
  prelude?: string;
  /** Width and height attributes (standalone images); pages size the map with CSS. */
  size?: { width: number; height: number };
  /** Position inside a larger SVG (the preview image). */
  at?: { x: number; y: number };
}

/** The map as one <svg> element. */
export function renderLocatorSvg(map: LocatorMap, options: SvgOptions): string {
  const { id, title, description } = options;
  const size = `${options.at ? ` x="${options.at.x}" y="${options.at.y}"` : ''}${options.size ? ` width="${options.size.width}" height="${options.size.height}"` : ''}`;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="lm lm--${map.scope}" viewBox="0 0 ${map.width} ${map.height}"${size} role="img" aria-labelledby="${id}-title ${id}-desc">`);
  out.push(`<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(description)}</desc>`);
  if (options.prelude) out.push(options.prelude);
  if (map.scope === 'world') out.push(`<path class="lm-sea" d="${map.sphere}"/>`);
  else out.push(`<rect class="lm-sea" width="${map.width}" height="${map.height}"/>`);
  out.push(`<path class="lm-graticule" d="${map.graticule}"/>`);
  out.push(`<path class="lm-land" d="${map.land}"/>`);
  if (map.lakes) out.push(`<path class="lm-lake" d="${map.lakes}"/>`);
  out.push(`<path class="lm-border" d="${map.borders}"/>`);
  for (const country of map.countries) {
    out.push(`<text class="lm-country" x="${country.x}" y="${country.y}" text-anchor="middle">${escapeMarkup(country.name)}</text>`);
  }
  for (const feature of map.features) {
    const name = feature.kind === 'water' ? feature.name : feature.name.toUpperCase();
    out.push(`<text class="lm-feature lm-feature--${feature.kind}" x="${feature.x}" y="${feature.y}" text-anchor="middle">${escape(name)}</text>`);
  }
  if (map.inset) {
    const { cx, cy, r } = map.inset;
    out.push(`<g class="lm-inset"><circle class="lm-inset-sea" cx="${cx}" cy="${cy}" r="${r}"/><path class="lm-inset-land" d="${map.inset.land}"/><path class="lm-inset-extent" d="${map.inset.extent}"/><circle class="lm-inset-rim" cx="${cx}" cy="${cy}" r="${r}"/></g>`);
  }
  for (const marker of map.markers) {
    out.push(`<circle class="lm-marker" data-place="${escapeMarkup(marker.slug)}" cx="${marker.x}" cy="${marker.y}" r="4.5"/>`);
  }
  for (const label of map.labels) {
    out.push(`<text class="lm-label" data-places="${escapeMarkup(label.members.join(' '))}" text-anchor="${label.anchor}">`);
    for (const line of label.lines) {
      out.push(`<tspan class="${line.secondary ? 'lm-label-now' : 'lm-label-name'}" x="${line.x}" y="${line.y}">${escapeMarkup(line.text)}</tspan>`);
    }
    out.push('</text>');
  }
  out.push('</svg>');
  return out.join('');
}

/** How a standalone map sets its type: label size, the second line's share of it, the halo's width. */
export interface StandaloneStyleOptions {
  secondaryScale?: number;
  /** Width of the light halo around labels, in map units. */
  halo?: number;
}

/**
 * Colours and type for a standalone copy of the map (no page stylesheet), in the light scheme.
 * Every text colour is at least 7:1 against the halo it sits on (and the land and sea).
 */
export function standaloneMapStyle(fontSize = 15, { secondaryScale = 0.86, halo = 3 }: StandaloneStyleOptions = {}): string {
  return `<style>
.lm-lake{fill:#dfe8ee;stroke:#a39e93;stroke-width:.6}
.lm-feature{font:${fontSize}px "DejaVu Sans",sans-serif;paint-order:stroke;stroke-width:${halo}px;stroke-linejoin:round}
.lm-feature--water{font-style:italic;fill:#163a63;stroke:#dfe8ee}
.lm-feature--island,.lm-feature--region{letter-spacing:.06em;fill:#3b382f;stroke:#efebe2}
.lm-sea{fill:#dfe8ee}.lm-graticule{fill:none;stroke:#fff;stroke-width:.6}
.lm-land{fill:#efebe2;stroke:#a39e93;stroke-width:.6}.lm-border{fill:none;stroke:#8f897d;stroke-width:.7;stroke-dasharray:3 2}
.lm-country{font:600 ${fontSize * 0.78}px "DejaVu Sans",sans-serif;letter-spacing:.08em;fill:#7a756b}
.lm-inset-sea{fill:#dfe8ee}.lm-inset-land{fill:#cfc9bd}.lm-inset-extent{fill:none;stroke:#8a1c1c;stroke-width:1.5}.lm-inset-rim{fill:none;stroke:#8f897d}
.lm-marker{fill:#8a1c1c;stroke:#fff;stroke-width:1.5}
.lm-label{font:${fontSize}px "DejaVu Sans",sans-serif;fill:#1c1b19;paint-order:stroke;stroke:#efebe2;stroke-width:${halo}px;stroke-linejoin:round}
.lm-label-now{font-size:${fontSize * secondaryScale}px;fill:#4b4840}
</style>`;
}
