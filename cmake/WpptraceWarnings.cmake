# Our own targets build warning-clean; third-party headers come in as system headers.
function(wpptrace_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
