// The extension's own messages to the server, beyond LSP: the names both sides use.

/** Requests with `{ uri }` of any document of a bundle: the overview, and the status bar's figures. */
export const OVERVIEW_REQUEST = 'seedBundle/overview';
export const STATUS_REQUEST = 'seedBundle/status';
/** Where the user is in a document, `{ uri, line }`: the line in the middle of what the editor shows. */
export const VIEWED_NOTIFICATION = 'seedBundle/viewed';
