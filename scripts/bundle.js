// Bundles the extension and the language server into dist/ (what the .vsix ships), in ASCII.
//
// V8 keeps the source of every script the server loads, and keeps it at two bytes a character
// when any character is not ASCII: the server's 3 MB bundle held 6 MB for the regular expressions'
// curly quotes and dashes, which esbuild leaves unescaped in regular expression literals (its
// ASCII charset escapes strings and identifiers only). Escaped as \uXXXX, each means what it did:
// in a regular expression literal, in a comment, and in String.raw templates, which here are
// only ever regular expression sources (bundle/quotes.ts).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');

/** The text with each UTF-16 unit above U+007F written as a \uXXXX escape. */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The word and name lists (JSON files, ~2 MB) as files of their own in dist/data, read when the
 * server starts: V8 keeps the source of a script for as long as it runs, and as part of the
 * bundle they were two thirds of it. Each require reads its file again and the bundle keeps
 * nothing of it: the lexicon reads each list once and keeps it in a form of its own (a module
 * kept the 111,000 words of SCOWL as strings, 4 MB, for as long as the server ran).
 */
function jsonAsData(files) {
  return {
    name: 'json-as-data',
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, (args) => {
        const name = path.relative(root, args.path).replace(/^node_modules[\\/]/, '').replace(/[\\/]/g, '__');
        files.set(name, args.path);
        const file = `require('path').join(__dirname, 'data', ${JSON.stringify(name)})`;
        const read = `JSON.parse(require('fs').readFileSync(${file}, 'utf8'))`;
        return { contents: `Object.defineProperty(module, 'exports', { get: () => ${read} });`, loader: 'js' };
      });
    },
  };
}

async function bundle() {
  const dataFiles = new Map();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { extension: 'client/src/extension.ts', server: 'server/src/main.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: 'dist',
    external: ['vscode'],
    mainFields: ['module', 'main'],
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: true,
    plugins: [jsonAsData(dataFiles)],
    write: false,
  });
  fs.rmSync(path.join(root, 'dist', 'data'), { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'dist', 'data'), { recursive: true });
  for (const [name, file] of dataFiles) fs.copyFileSync(file, path.join(root, 'dist', 'data', name));
  for (const file of result.outputFiles) {
    // An escape is six characters where there was one: on the few lines that have any (regular
    // expressions, comments), source map columns after it are off by that.
    fs.writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
  }
}

bundle().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
