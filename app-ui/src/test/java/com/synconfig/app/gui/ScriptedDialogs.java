package com.synconfig.app.gui;

import com.synconfig.app.gui.services.ServiceEditorViewModel;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers the program's questions as a test scripts them, and records what it was told. */
public final class ScriptedDialogs implements DialogService {

    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<UnsavedChoice> unsavedChoices = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    /** How the "user" fills in the next service dialog; empty answer = Cancel. */
    public final Deque<Function<ServiceEditorViewModel, Optional<ServiceDefinition>>> editors = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
        return next(confirmations, "confirmation");
    }

    @Override
    public UnsavedChoice askUnsaved(String message) {
        asked.add(message);
        return next(unsavedChoices, "unsaved-changes answer");
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        asked.add(message);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initialDirectory) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialDirectory, String initialName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> runCertificateWizard(CertificateWizardKind kind, Path suggestedFile) {
        asked.add("wizard " + kind);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<ServiceDefinition> editService(ServiceEditorViewModel editor) {
        return next(editors, "service dialog").apply(editor);
    }

    private static <T> T next(Deque<T> answers, String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("The program asked for an unscripted " + what);
        }
        return answers.poll();
    }
}
