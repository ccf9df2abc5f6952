/** Head nouns of organisation names, in the languages we read ("Department", "ministère", "Behörde"). */
export const ORG_HEADS_SOURCE =
  'agency|department|ministry|police|council|committee|commission|university|cent(?:er|re)|institute|foundation|organi[sz]ation|association|office|court|bank|party|government|service|authority|board|company|corporation|group|administration|union|society|federation|hospital|clinic|network|bureau|army|navy|ministère|gouvernement|agence|préfecture|parquet|ministério|governo|prefeitura|ministerio|gobierno|ministerium|regierung|behörde|polizei|министерство|правительство|ведомство|ministerstvo|vláda|policie|ministerstwo|rząd|policja';

/** A word that is (or starts with) an organisation head noun. */
export const ORG_HEAD = new RegExp(`^(?:${ORG_HEADS_SOURCE})`, 'iu');
