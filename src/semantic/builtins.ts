// The names Python 3.12 provides without an import (`dir(builtins)`), and which are exceptions.

const BUILTIN_EXCEPTIONS = `ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup
BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError
EncodingWarning EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError
FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError
IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
ModuleNotFoundError NameError NotADirectoryError NotImplementedError OSError OverflowError
PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError RecursionError
ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration
SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError`.split(/\s+/);

const BUILTIN_OTHERS = `Ellipsis False None NotImplemented True __build_class__ __debug__ __doc__
__import__ __loader__ __name__ __package__ __spec__ __file__ __builtins__ abs aiter all anext any
ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright
credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr
globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map
max memoryview min next object oct open ord pow print property quit range repr reversed round set
setattr slice sorted staticmethod str sum super tuple type vars zip`.split(/\s+/);

/** Names that resolve to `builtins.<name>` when nothing in scope binds them. */
export const BUILTIN_NAMES: ReadonlySet<string> = new Set([...BUILTIN_EXCEPTIONS, ...BUILTIN_OTHERS]);

/** Builtin exception classes (subclasses of `BaseException`). */
export const BUILTIN_EXCEPTION_NAMES: ReadonlySet<string> = new Set(BUILTIN_EXCEPTIONS);
