/** Layout detection and talk assembly: which sections form talks and what they hold. Internal. */
package io.github.talkcatalog.internal.layout;
