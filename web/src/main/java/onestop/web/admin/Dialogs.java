package onestop.web.admin;

import org.primefaces.PrimeFaces;

/**
 * After a successful save in a dialog: close it and show the confirmation in the page's
 * messages. On failure the dialog stays open with the error in its own messages.
 */
final class Dialogs {
    private Dialogs() {
    }

    static void close(String widgetVar) {
        PrimeFaces.current().executeScript("PF('" + widgetVar + "').hide()");
        PrimeFaces.current().ajax().update(":messages");
    }
}
