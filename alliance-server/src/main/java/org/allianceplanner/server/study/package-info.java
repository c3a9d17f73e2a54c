/** Studies as durable jobs: submitted, queued, claimed by one worker, run, and finished in one transaction with their result. */
@NullMarked
package org.allianceplanner.server.study;

import org.jspecify.annotations.NullMarked;
