# cmake -DROOT=<source dir> -P NoJsonAboveClient.cmake
#
# Only client/ knows JSON. Qt's JSON types live in QtCore, which every layer links, so the
# include paths cannot refuse them as they refuse other layers' headers: the sources of the
# layers above the client are read instead, and any QJson name in them fails the test.
set(found "")
set(checked 0)
foreach(layer fleet models ui)
    file(GLOB_RECURSE sources "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        math(EXPR checked "${checked} + 1")
        file(STRINGS "${source}" lines REGEX "QJson")
        if(lines)
            file(RELATIVE_PATH relative "${ROOT}" "${source}")
            list(GET lines 0 first)
            string(STRIP "${first}" first)
            list(APPEND found "${relative}: ${first}")
        endif()
    endforeach()
endforeach()
if(checked LESS 50)
    message(FATAL_ERROR "Only ${checked} sources found below ${ROOT}: is ROOT the source dir?")
endif()
if(found)
    list(JOIN found "\n  " listing)
    message(FATAL_ERROR "JSON above the client (give the client a typed API instead):\n  ${listing}")
endif()
message(STATUS "${checked} sources of fleet/, models/ and ui/ name no QJson type")
