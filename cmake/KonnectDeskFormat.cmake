# format-check fails when a C++ file differs from .clang-format; format rewrites them.
find_program(KD_CLANG_FORMAT NAMES clang-format clang-format-14)
if(KD_CLANG_FORMAT)
    file(GLOB_RECURSE kd_format_files CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h
        ${PROJECT_SOURCE_DIR}/fleet/*.cpp ${PROJECT_SOURCE_DIR}/fleet/*.h
        ${PROJECT_SOURCE_DIR}/client/*.cpp ${PROJECT_SOURCE_DIR}/client/*.h
        ${PROJECT_SOURCE_DIR}/sim/*.cpp ${PROJECT_SOURCE_DIR}/sim/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format-check
        COMMAND ${KD_CLANG_FORMAT} --dry-run --Werror ${kd_format_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Checking C++ formatting against .clang-format"
        VERBATIM)
    add_custom_target(format
        COMMAND ${KD_CLANG_FORMAT} -i ${kd_format_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        VERBATIM)
endif()
