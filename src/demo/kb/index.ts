import { CITY_ARTICLES } from './city.ts';
import { EGOV_ARTICLES } from './egov.ts';
import { SOCIAL_ARTICLES } from './social.ts';
import type { DemoKbArticle } from './types.ts';

/** The demo city's knowledge base: eGov and documents, city and housing, social support. */
export const DEMO_KB_ARTICLES: readonly DemoKbArticle[] = [...EGOV_ARTICLES, ...CITY_ARTICLES, ...SOCIAL_ARTICLES];
