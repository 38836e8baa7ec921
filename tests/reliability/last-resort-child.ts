// Child of last-resort.test.ts: an error escapes from a timer and a promise; the process must
// log both and go on to print "still serving".
import { installLastResort } from '../../main/app/last-resort.js';

installLastResort('fuzz child');
setTimeout(() => {
  throw new Error('boom from a timer');
}, 5);
setTimeout(() => void Promise.reject(new Error('boom from a promise')), 10);
setTimeout(() => process.stdout.write('still serving\n'), 60);
