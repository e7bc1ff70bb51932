import { describe, expect, it } from 'vitest';
import { escapeHtml, plainAttribution } from '../../../shared/codecs/tiles/attribution-text.js';

describe('attribution from tile files', () => {
  it('keeps the visible text of markup, decodes entities, collapses whitespace', () => {
    expect(
      plainAttribution(
        '<a href="https://openmaptiles.org/" target="_blank">&copy; OpenMapTiles</a> <a href="x">© OpenStreetMap contributors</a>',
      ),
    ).toBe('© OpenMapTiles © OpenStreetMap contributors');
    expect(plainAttribution('<img src=x onerror=alert(1)>Survey &amp; Co &#169; &#x2014;')).toBe('Survey & Co © —');
    expect(plainAttribution(42)).toBe('');
    expect(plainAttribution('x'.repeat(900))).toHaveLength(500);
  });

  it('escapes text before MapLibre inserts it as HTML', () => {
    // An entity that decodes to markup stays text all the way.
    const text = plainAttribution('&lt;img src=x onerror=alert(1)&gt; "Q" & \'A\'');
    expect(text).toBe('<img src=x onerror=alert(1)> "Q" & \'A\'');
    expect(escapeHtml(text)).toBe('&lt;img src=x onerror=alert(1)&gt; &quot;Q&quot; &amp; &#39;A&#39;');
  });
});
