# kd_add_layer(<name> [PUBLIC_LIBS ...] [PRIVATE_LIBS ...] SOURCES ...)
#
# Each layer is one static library whose public include root holds only a
# link to its own folder, so `#include "client/Transport.h"` resolves only for
# targets that link `client`. Including a header of a higher layer fails to build.
function(kd_add_layer name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS")
    add_library(${name} STATIC ${arg_SOURCES})
    add_library(KonnectDesk::${name} ALIAS ${name})
    set(root "${CMAKE_BINARY_DIR}/layer-include/${name}")
    file(MAKE_DIRECTORY "${root}")
    if(NOT EXISTS "${root}/${name}")
        file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${name}" "${root}/${name}" SYMBOLIC)
    endif()
    target_include_directories(${name} PUBLIC "$<BUILD_INTERFACE:${root}>")
    target_link_libraries(${name} PUBLIC ${arg_PUBLIC_LIBS} PRIVATE kd_options ${arg_PRIVATE_LIBS})
    set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
