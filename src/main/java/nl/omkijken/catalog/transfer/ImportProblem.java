package nl.omkijken.catalog.transfer;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing to fix in the file before it can be imported.
 *
 * @param row the row as a spreadsheet numbers it: the header is row 1
 */
record ImportProblem(long row, String column, String message) {

    /** A problem before its message is put into words. */
    static final class Draft extends DefaultMessageSourceResolvable {

        private Draft(MessageSourceResolvable resolvable) {
            super(resolvable);
        }

        static Draft of(MessageSourceResolvable resolvable) {
            return new Draft(resolvable);
        }

        static Draft of(String code, Object... arguments) {
            return new Draft(new DefaultMessageSourceResolvable(new String[] {code}, arguments));
        }
    }
}
