// Inputs at the limits the product must take: a big bundle, a very long line, thousands of
// unbalanced quote marks, a folder of thousands of seeds. Made of the fuzz generator's made-up
// articles, drawn with a fixed seed: the same size gives the same text every run.
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { articleText, sentence } from '../fuzz/generate';

const SEED = 20_260_402;
/** Articles drawn per call of the generator: bounded, so a 50 MB bundle is drawn in pieces. */
const BATCH = 2_000;

/** `00042_9e3779b1.txt`: the i-th seed's name, ordinals in order. */
export function seedName(i: number): string {
  return `${String(i).padStart(5, '0')}_${(Math.imul(i + 1, 0x9e3779b1) >>> 0).toString(16)}.txt`;
}

/** Made-up articles (each a few lines, about 900 characters), the same ones every run, as many as taken. */
function* drawArticles(): Generator<string> {
  for (let batch = 0; ; batch++) yield* fc.sample(articleText, { numRuns: BATCH, seed: SEED + batch });
}

/** Made-up articles until their text reaches `chars` characters. */
export function articlesOf(chars: number): string[] {
  const articles: string[] = [];
  let size = 0;
  for (const article of drawArticles()) {
    if (size >= chars) break;
    articles.push(article);
    size += article.length;
  }
  return articles;
}

/** A file-form bundle of about `chars` characters: one seed per made-up article. */
export function bigBundle(chars: number): string {
  return articlesOf(chars)
    .map((article, i) => `=== ${seedName(i)}\n${article}`)
    .join('');
}

/** One seed whose story is a single line of about `chars` characters: sentences with names and quotes. */
export function longLine(chars: number): string {
  const sentences = fc.sample(sentence, { numRuns: BATCH, seed: SEED });
  let line = '';
  for (let i = 0; line.length < chars; i++) line += `${sentences[i % sentences.length].replace(/\n/g, ' ')} `;
  return `=== ${seedName(0)}\n date 2026-04-02  Harbour Post\nOne very long line\n\n${line.slice(0, chars)}\n`;
}

/**
 * One seed whose story is one paragraph with `count` quote marks of which none can pair: closing
 * marks first, then opening ones of two kinds whose closing marks never come, each before a few
 * words that name people and end sentences.
 */
export function unbalancedMarks(count: number): string {
  const words = ['Dana Mills said the fares rise.', 'fuel costs more, she said', 'Kwame Okonjo told reporters', 'nobody likes it.'];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`${i < count / 2 ? '”' : i % 2 ? '“' : '«'}${words[i % words.length]}`);
  return `=== ${seedName(0)}\nMarks that never close\n\n${parts.join(' ')}\n`;
}

/** A folder's seed files: `count` made-up articles. */
export function manySeeds(count: number): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (const text of drawArticles()) {
    if (files.length >= count) break;
    files.push({ name: seedName(files.length), text });
  }
  return files;
}

/** Writes a folder's files, creating the folder. */
export function writeFolder(folder: string, files: { name: string; text: string }[]): void {
  fs.mkdirSync(folder, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(folder, f.name), f.text);
}
