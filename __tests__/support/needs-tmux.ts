/** `import './support/needs-tmux.js';` first in a test file that drives a terminal: without Debian's tmux (and CI
 *  unset) the file is skipped with one `[extras] SKIPPED` line (support/extras.ts). */
import { skipFileWithout, TMUX } from './extras.js';

skipFileWithout([TMUX]);
