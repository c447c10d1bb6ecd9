package com.synconfig.app.gui.services;

import javafx.event.ActionEvent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;

/**
 * Check boxes and radio buttons whose Alt mnemonic toggles them, as Space does. JavaFX's mnemonic only sends the
 * control an action event, which runs its action but does not toggle it: Alt+E on "Enable _encryption" did nothing.
 */
public final class ToggleMnemonics {

    private ToggleMnemonics() {
    }

    public static CheckBox checkBox(String text) {
        return new CheckBox(text) {
            private boolean firing;

            {
                addEventHandler(ActionEvent.ACTION, e -> {
                    if (!firing) { // the mnemonic's event, not the one fire() sends after toggling
                        requestFocus();
                        fire();
                    }
                });
            }

            @Override
            public void fire() {
                firing = true;
                try {
                    super.fire();
                } finally {
                    firing = false;
                }
            }
        };
    }

    static RadioButton radioButton(String text) {
        return new RadioButton(text) {
            private boolean firing;

            {
                addEventHandler(ActionEvent.ACTION, e -> {
                    if (!firing) {
                        requestFocus();
                        fire();
                    }
                });
            }

            @Override
            public void fire() {
                firing = true;
                try {
                    super.fire();
                } finally {
                    firing = false;
                }
            }
        };
    }
}
