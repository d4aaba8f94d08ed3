/** Plain view records handed to the templates; they know no domain type. */
package dev.latchkey.ui.view;
