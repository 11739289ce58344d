// The language server's entry point, as the extension starts it.
import { serverConnection } from './connection';
import { startServer } from './server';

const { connection, kept } = serverConnection();
startServer(connection, kept);
