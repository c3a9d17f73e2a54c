/** Users and their roles, passwords (bcrypt), API tokens, and the first administrator. */
@NullMarked
package org.allianceplanner.server.user;

import org.jspecify.annotations.NullMarked;
