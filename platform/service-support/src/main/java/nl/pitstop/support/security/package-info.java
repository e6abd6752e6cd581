/** Who may call the APIs: the staff roles their endpoints allow (docs/adr/0011). */
package nl.pitstop.support.security;
