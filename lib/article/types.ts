/** Kinds of text blocks in an article, as the reader sees them. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'blockquote' | 'list-item' | 'caption' | 'other';

/** One paragraph-like run of article text, with its offsets in `ArticleText.text`. */
export interface Block {
  kind: BlockKind;
  /** Normalised text: white space collapsed, soft hyphens and zero-width characters removed. */
  text: string;
  start: number;
  end: number;
  /** Blocks inside the same `<blockquote>` share this number; undefined outside block quotes. */
  quoteGroup?: number;
}

/** The article's plain text: blocks joined by a blank line ("\n\n"). */
export interface ArticleText {
  text: string;
  blocks: Block[];
}

export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
}

export interface Article extends ArticleText, ArticleMeta {
  /** The article's cleaned HTML (Readability's output), for display only: never injected unsanitised. */
  html: string;
}
