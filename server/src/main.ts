// The language server's entry point, as the extension starts it.
import { runServer } from './server';

runServer();
