package com.synconfig.app.gui.users;

import com.synconfig.model.check.Finding;
import com.synconfig.server.auth.UserRules;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Add user and Reset password form: the user name (fixed when resetting), the password and the password typed
 * again, with {@link UserRules}' findings recomputed on every keystroke; it can be accepted only without errors.
 */
public final class PasswordForm {

    private final boolean newUser;
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(this, "acceptable");

    private PasswordForm(boolean newUser, String name) {
        this.newUser = newUser;
        user.set(name);
        user.addListener(o -> recompute());
        password.addListener(o -> recompute());
        confirmation.addListener(o -> recompute());
        recompute();
    }

    /** Adding a user: every field empty. */
    public static PasswordForm newUser() {
        return new PasswordForm(true, "");
    }

    /** A new password for {@code user}, whose name stays. */
    public static PasswordForm reset(String user) {
        return new PasswordForm(false, user);
    }

    private void recompute() {
        List<Finding> found = new ArrayList<>();
        if (newUser) {
            UserRules.nameProblem(user.get().trim()).ifPresent(found::add);
        }
        found.addAll(UserRules.newPasswordProblems(password.get().toCharArray(), confirmation.get().toCharArray()));
        findings.setAll(found);
        acceptable.set(!Finding.anyError(found));
    }

    /** Whether anything was typed (closing the form would lose it). */
    public boolean isChanged() {
        return (newUser && !user.get().isEmpty()) || !password.get().isEmpty() || !confirmation.get().isEmpty();
    }

    public boolean isNewUser() { return newUser; }
    public String userName() { return user.get().trim(); }
    public char[] passwordChars() { return password.get().toCharArray(); }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty confirmationProperty() { return confirmation; }
    public ObservableList<Finding> findings() { return FXCollections.unmodifiableObservableList(findings); }
    public ReadOnlyBooleanProperty acceptableProperty() { return acceptable.getReadOnlyProperty(); }
}
