# One INTERFACE target carries the compile options every layer shares.
add_library(kd_options INTERFACE)
add_library(KonnectDesk::options ALIAS kd_options)

target_compile_features(kd_options INTERFACE cxx_std_20)
target_compile_options(kd_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough
    # C casts hide what they do; static_cast and friends say it (GCC and clang both know it).
    -Wold-style-cast
    # Implied by -std=c++20 since GCC 11; clang-tidy does not know it (KD_TIDY targets).
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<NOT:$<BOOL:$<TARGET_PROPERTY:KD_TIDY>>>>:-fcoroutines>)
if(KD_WERROR)
    target_compile_options(kd_options INTERFACE -Werror)
endif()

target_compile_definitions(kd_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    KD_VERSION="${PROJECT_VERSION}")

if(KD_SANITIZE)
    target_compile_options(kd_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(kd_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer: coverage and sanitizers on every library; -fsanitize=fuzzer only on the targets.
# clang 14 cannot emit -fsanitize=function prologues in coroutine frames ("Cannot represent a
# difference across sections"), so that one check is off.
if(KD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "KD_FUZZ needs clang++ (libFuzzer); use the fuzz preset")
    endif()
    target_compile_options(kd_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=function
        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(kd_options INTERFACE -fsanitize=address,undefined)
endif()
