package com.synconfig.app.cli;

import com.synconfig.model.service.ConnectionLimits.Limit;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.PortRule;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.StartMode;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that let the domain's own parsers word the error ("use 0 (default, currently 3), 2 or 3"). */
final class SettingConverters {

    private SettingConverters() {
    }

    private abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsing(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A port that is not a number is refused with the same words as the dialog and the configuration file. */
    static final class PortConverter extends Parsing<Integer> {
        PortConverter() {
            super(text -> PortRule.parse(text).orElseThrow(() ->
                    new IllegalArgumentException(PortRule.notANumber(text).messageAndFix())));
        }
    }

    /** Limits that are not whole numbers are refused with the dialog's words (ConnectionLimits.Limit). */
    static final class MaxConnectionsConverter extends Parsing<Integer> {
        MaxConnectionsConverter() {
            super(Limit.MAX_CONNECTIONS::parse);
        }
    }

    static final class MaxConnectionsPerHostConverter extends Parsing<Integer> {
        MaxConnectionsPerHostConverter() {
            super(Limit.MAX_CONNECTIONS_PER_HOST::parse);
        }
    }

    static final class LoginTimeoutConverter extends Parsing<Integer> {
        LoginTimeoutConverter() {
            super(Limit.LOGIN_TIMEOUT::parse);
        }
    }

    static final class SclConverter extends Parsing<Scl> {
        SclConverter() {
            super(Scl::parse);
        }
    }

    static final class PlatformConverter extends Parsing<Platform> {
        PlatformConverter() {
            super(Platform::fromId);
        }
    }

    static final class StartModeConverter extends Parsing<StartMode> {
        StartModeConverter() {
            super(StartMode::fromId);
        }
    }

    static final class LogLevelConverter extends Parsing<LogLevel> {
        LogLevelConverter() {
            super(LogLevel::fromId);
        }
    }
}
