/** The built-in demo scenarios, shipped as scenario folders on the classpath. */
@NullMarked
package org.allianceplanner.io.demo;

import org.jspecify.annotations.NullMarked;
