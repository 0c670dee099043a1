import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../data/i18n.js';
import { safeUrl } from '../data/url.js';

/** "Termine abonnieren" (webcal:) and the feed's own link, for a `feed` URL that is http(s). */
export function renderFeed(feed: string | undefined, t: (key: MessageKey) => string): TemplateResult | typeof nothing {
  const url = feed ? safeUrl(feed, document.baseURI) : undefined;
  if (!url || !/^https?:/.test(url)) return nothing;
  return html`<p class="feed">
    <a part="subscribe" href=${url.replace(/^https?:/, 'webcal:')}>${t('seriesSubscribe')}</a>
    <a part="feed-link" href=${url}>${t('seriesFeedLink')}</a>
  </p>`;
}
