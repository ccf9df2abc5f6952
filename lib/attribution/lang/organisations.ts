/** Head nouns of organisation names, in the languages we read ("Department", "ministère", "Behörde"). */
export const ORG_HEADS_SOURCE =
  'agency|department|ministry|police|council|committee|commission|university|cent(?:er|re)|institute|foundation|organi[sz]ation|organizaci[oó]n|organiza[cç][aã]o|organizzazione|association|office|court|bank|party|government|service|authority|board|company|corporation|group|administration|union|society|federation|hospital|clinic|network|bureau|army|navy|ministère|gouvernement|agence|préfecture|parquet|ministério|governo|prefeitura|ministerio|gobierno|ministerium|regierung|behörde|polizei|министерство|правительство|ведомство|ministerstvo|vláda|policie|ministerstwo|rząd|policja|confederaci[oó]n|direcci[oó]n|dire[cç][aã]o|secretar[ií]a|relator[ií]a|fiscal[ií]a|defensor[ií]a|asamblea|congreso|senado|federaci[oó]n|asociaci[oó]n|fundaci[oó]n|instituto|universidad|sindicato|partido|consejo|comisi[oó]n|agencia|ayuntamiento|junta|associação|fundação|universidade|prefeitura|sindicato|conselho|ministero|governo|comune|regione|università|fondazione|associazione|consiglio|ministerie|gemeente|provincie|stichting|vereniging|bond|universiteit|organisatie|szpital|urząd|fundacja|związek|uniwersytet|komisja|rada|nemocnice|úřad|univerzita|komise|svaz|больница|университет|комитет|служба|союз|фонд|администрация';

/** A word that is (or starts with) an organisation head noun. */
export const ORG_HEAD = new RegExp(`^(?:${ORG_HEADS_SOURCE})`, 'iu');

/**
 * Document nouns of a statement an organisation issues ("statement", "communiqué", "заявление"):
 * with no author given, it speaks for the organisation just named.
 */
export const STATEMENT_NOUN = /^(?:statement|press release|communiqué|déclaration|comunicado|nota|erklärung|mitteilung|verklaring|comunicato|prohlášení|oświadczeni[eu]|komunikat|komunikacie|заявлени[еия]|заяв[аіи])$/iu;

/** Head nouns that stand for any business ("the company", "компании"), whatever its name. */
export const FIRM = /^(?:company|firm|компани[яиюей]|société|entreprise|empresa|companhia|společnost[i]?|firma|firmy|unternehmen|azienda|società|bedrijf|spółk[aię])$/iu;
