// Intl formatters and compiled ICU messages, shared by every translator and formatter this
// process makes. use-intl's createTranslator/createFormatter each start with an empty cache
// by default, so every request built its Intl.NumberFormat, PluralRules and DateTimeFormat
// objects and parsed each message with arguments again (a few ms per page). What is cached
// depends only on the locale, the options and the message text — all from the code and the
// catalogue, never from a request — so it is bounded and safe to share. next-intl shares
// the same cache for the same reason (these are the hooks it uses).
import { _createCache, _createIntlFormatters } from 'use-intl/core';

const cache = _createCache();

/** Spread into createTranslator / createFormatter options. */
export const SHARED_INTL_CACHE = { _cache: cache, _formatters: _createIntlFormatters(cache) };
