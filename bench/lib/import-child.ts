/**
 * Runs one `redaksi` command in a process of its own and reports its peak resident memory on
 * stderr's last line as {"maxRssKb": N}: the figure `import_peak_rss_mb` is about one import
 * process, not the bench that drives it.
 */
import { main } from '../../main/cli/index.js';

const code = await main(process.argv.slice(2));
process.stderr.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
