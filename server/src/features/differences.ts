// The versions of each quote across the bundle and which of them differ: what the code lenses,
// the code actions, the overview and the status bar read. Built once per view, in one pass over
// the groups and the findings. Keyed by the quotes themselves, not by strings of their places:
// a view is made after every keystroke, and 10,000 place keys were half of what one allocated.
import { wordingKey } from '../bundle/compare';
import { push } from '../bundle/collections';
import { Finding, Quote, Span } from '../bundle/model';
import { BundleView } from './view';

const QUOTE_CODES = new Set(['quote-wording', 'quote-speaker']);

export class Differences {
  private readonly versionsOf = new Map<Quote, Quote[]>();
  private readonly findingsOn = new Map<Quote, Finding[]>();
  /** Each quote's wording key, made when first asked for: lenses and actions ask again and again. */
  private readonly wordings = new Map<Quote, string>();
  /** How many sources print each set of versions, counted when first asked for. */
  private readonly sourceCounts = new Map<Quote[], number>();

  constructor(readonly view: BundleView) {
    const { quotes, comparison, findings } = view.analysis;
    for (const group of comparison.groups) {
      const versions = group.map((i) => quotes[i]);
      for (const quote of versions) this.versionsOf.set(quote, versions);
    }
    for (const finding of findings) {
      if (!QUOTE_CODES.has(finding.code)) continue;
      const quote = this.quoteAtPlace(finding.article, finding.span);
      if (quote) push(this.findingsOn, quote, finding);
    }
  }

  /** Every version of the quote across the bundle, itself included, in bundle order. */
  versions(quote: Quote): Quote[] {
    return this.versionsOf.get(quote) ?? [quote];
  }

  /** The quote that stands at a place, if one does: looked for among its article's quotes, which are few. */
  quoteAtPlace(article: string, span: Span): Quote | undefined {
    return this.view.quotesIn(article).find((q) => q.span.start === span.start && q.span.end === span.end);
  }

  /** The quote-wording and quote-speaker findings placed on the quote. */
  findings(quote: Quote): Finding[] {
    return this.findingsOn.get(quote) ?? [];
  }

  /** Whether another source words the quote differently or gives it to someone else. */
  differs(quote: Quote): boolean {
    return this.findings(quote).length > 0;
  }

  /** The versions of the quote that other sources print differently (or give to someone else). */
  differingVersions(quote: Quote): Quote[] {
    const differing = new Set(this.findings(quote).flatMap((f) => this.printingsOf(f)));
    return this.versions(quote).filter((v) => differing.has(v));
  }

  /**
   * Every printing, by a source other than the finding's, of the wordings a finding points at:
   * it points at one printing of each.
   */
  printingsOf(finding: Finding): Quote[] {
    const quote = this.quoteAtPlace(finding.article, finding.span);
    if (!quote) return [];
    const wordings = new Set<string>();
    for (const r of finding.related) {
      const printed = this.quoteAtPlace(r.article, r.span);
      if (printed) wordings.add(this.wordingOf(printed));
    }
    if (wordings.size === 0) return [];
    const own = this.sourceOf(quote);
    return this.versions(quote).filter((v) => this.sourceOf(v) !== own && wordings.has(this.wordingOf(v)));
  }

  private wordingOf(quote: Quote): string {
    let key = this.wordings.get(quote);
    if (key === undefined) this.wordings.set(quote, (key = wordingKey(quote)));
    return key;
  }

  /** The independent sources (a wire and the outlets that carry it are one) of some quotes. */
  sources(quotes: Quote[]): Set<string> {
    return new Set(quotes.map((q) => this.sourceOf(q)));
  }

  /** How many independent sources print the quote: the sources of its versions. */
  sourceCount(quote: Quote): number {
    const versions = this.versionsOf.get(quote);
    if (!versions) return 1;
    let count = this.sourceCounts.get(versions);
    if (count === undefined) this.sourceCounts.set(versions, (count = this.sources(versions).size));
    return count;
  }

  private sourceOf(quote: Quote): string {
    return this.view.article(quote.article)?.source ?? quote.article;
  }

  /** How many quotes sources print differently: each set of versions with a difference counts once. */
  count(): number {
    const counted = new Set<Quote[] | Quote>();
    for (const quote of this.view.analysis.quotes) if (this.differs(quote)) counted.add(this.versionsOf.get(quote) ?? quote);
    return counted.size;
  }
}

const cache = new WeakMap<BundleView, Differences>();

/** The differences of a view, built on first use. */
export function differencesOf(view: BundleView): Differences {
  let found = cache.get(view);
  if (!found) {
    found = new Differences(view);
    cache.set(view, found);
  }
  return found;
}
