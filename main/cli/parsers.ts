// Registers the md and html article parsers with the file reader (kept apart so that the
// reader has no jsdom dependency for plain text).
import '../import/index.js';
